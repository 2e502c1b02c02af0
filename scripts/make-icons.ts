// Draws the toolbar / store icons (a clock face) into public/icon/<size>.png. Run: npx tsx scripts/make-icons.ts
// WXT puts public/icon/*.png into the manifest's "icons" and the action's default icon.
import { createCanvas } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../public/icon');

function draw(size: number): Buffer {
  const c = createCanvas(size, size);
  const g = c.getContext('2d');
  const r = size / 2;
  g.fillStyle = '#0b5394'; // the extension's blue
  g.beginPath();
  g.arc(r, r, r * 0.96, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#ffffff';
  g.beginPath();
  g.arc(r, r, r * 0.74, 0, Math.PI * 2);
  g.fill();
  g.strokeStyle = '#0b5394';
  g.lineCap = 'round';
  g.lineWidth = Math.max(1.5, size * 0.09);
  g.beginPath();
  g.moveTo(r, r);
  g.lineTo(r, r - r * 0.52); // minute hand at 12
  g.moveTo(r, r);
  g.lineTo(r + r * 0.36, r + r * 0.1); // hour hand near 3
  g.stroke();
  if (size >= 32) {
    g.fillStyle = '#f1c232'; // a deadline dot at 12
    g.beginPath();
    g.arc(r, r - r * 0.86, size * 0.06, 0, Math.PI * 2);
    g.fill();
  }
  return c.toBuffer('image/png');
}

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(OUT, `${size}.png`), draw(size));
console.log(`icons written to ${OUT}`);
