/**
 * Writes pwa/public/icons/icon-{192,512}.png: the same design as icon.svg, rasterised with a tiny PNG encoder
 * (node:zlib only). Run: node --import tsx pwa/tools/make-icons.ts (the PNGs are committed).
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

type RGBA = [number, number, number, number];
const RED: RGBA = [0x8f, 0x1d, 0x1d, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GREY: RGBA = [0xc9, 0xcd, 0xd4, 255];
const GOLD: RGBA = [0xf2, 0xb7, 0x05, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

function inRoundRect(x: number, y: number, x0: number, y0: number, w: number, h: number, r: number): boolean {
  if (x < x0 || y < y0 || x > x0 + w || y > y0 + h) return false;
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour at a point of the 512×512 design (icon.svg). */
function pixel(x: number, y: number): RGBA {
  const tick = distToSegment(x, y, 324, 356, 346, 378) <= 10 || distToSegment(x, y, 346, 378, 388, 332) <= 10;
  if ((x - 356) ** 2 + (y - 356) ** 2 <= 70 * 70) return tick ? RED : GOLD;
  if (inRoundRect(x, y, 156, 150, 200, 22, 8)) return RED;
  if (inRoundRect(x, y, 156, 204, 200, 14, 7) || inRoundRect(x, y, 156, 240, 160, 14, 7) || inRoundRect(x, y, 156, 276, 200, 14, 7)) return GREY;
  if (inRoundRect(x, y, 116, 92, 280, 328, 24)) return WHITE;
  if (inRoundRect(x, y, 0, 0, 512, 512, 96)) return RED;
  return CLEAR;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const s = 512 / size;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 2×2 supersampling for smooth edges.
      const acc = [0, 0, 0, 0];
      for (const [ox, oy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]]) {
        const p = pixel((x + ox) * s, (y + oy) * s);
        for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
      }
      const a = acc[3] / 4;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i] / 4 / (a / 255)) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [192, 512]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
