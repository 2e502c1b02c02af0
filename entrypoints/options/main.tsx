import { render } from 'preact';

// Placeholder until storage/index.ts lands; the page itself is App.tsx.
render(<p>ClaimClock settings</p>, document.getElementById('app')!);
