import { render } from 'preact';

render(<p>ClaimClock</p>, document.getElementById('app')!);
