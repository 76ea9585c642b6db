/** A small SVG line chart of one indicator across years (no library). */
export function LineChart({ points, label }: { points: { year: number; value: number | null; flagged?: boolean }[]; label: string }) {
  const width = 560;
  const height = 220;
  const pad = { left: 56, right: 16, top: 16, bottom: 32 };
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (points.length === 0) return null;
  const max = Math.max(1, ...values);
  const min = Math.min(0, ...values);
  const x = (i: number) => pad.left + (points.length === 1 ? (width - pad.left - pad.right) / 2 : (i * (width - pad.left - pad.right)) / (points.length - 1));
  const y = (v: number) => pad.top + (1 - (v - min) / (max - min || 1)) * (height - pad.top - pad.bottom);
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const ticks = [min, (min + max) / 2, max];
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="series-chart">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} class="chart-grid" />
          <text x={pad.left - 6} y={y(v) + 4} text-anchor="end" class="chart-label">
            {Number.isInteger(v) ? v : v.toFixed(1)}
          </text>
        </g>
      ))}
      {segments.map((d) => (
        <path key={d} d={d} class="chart-line" />
      ))}
      {points.map((p, i) => (
        <g key={p.year}>
          <text x={x(i)} y={height - 10} text-anchor="middle" class="chart-label">
            {p.year}
          </text>
          {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r={p.flagged ? 6 : 4} class={p.flagged ? 'chart-dot flagged' : 'chart-dot'} />}
        </g>
      ))}
    </svg>
  );
}
