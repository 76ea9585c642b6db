import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Renders only the visible rows of a long list (fixed row height), so 10,000 reports scroll smoothly. */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  render,
  testId,
}: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  render: (item: T, index: number) => ComponentChildren;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useEffect(() => {
    if (ref.current && top > items.length * rowHeight) {
      ref.current.scrollTop = 0;
      setTop(0);
    }
  }, [items.length]);
  const overscan = 6;
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  const visible = [];
  for (let i = first; i < last; i++) visible.push(render(items[i], i));
  return (
    <div
      ref={ref}
      class="vlist"
      style={{ height: `${Math.min(height, Math.max(rowHeight, items.length * rowHeight))}px` }}
      onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)}
      data-testid={testId}
      role="list"
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        <div style={{ position: 'absolute', top: `${first * rowHeight}px`, left: 0, right: 0 }}>{visible}</div>
      </div>
    </div>
  );
}
