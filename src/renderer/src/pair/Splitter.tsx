import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

interface Props {
  /** Share of the width given to the left side, 0..1. */
  ratio: number;
  onChange: (ratio: number) => void;
  label: string;
}

const MIN = 0.2;
const MAX = 0.8;
const clamp = (value: number): number => Math.min(MAX, Math.max(MIN, value));

/** A draggable (and keyboard-adjustable) divider between the two panes; double-click resets to half. */
export function Splitter({ ratio, onChange, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const container = ref.current?.parentElement;
    if (!container) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const box = container.getBoundingClientRect();
    const move = (moveEvent: globalThis.PointerEvent): void => onChange(clamp((moveEvent.clientX - box.left) / box.width));
    const target = event.currentTarget;
    const up = (): void => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft') onChange(clamp(ratio - 0.05));
    else if (event.key === 'ArrowRight') onChange(clamp(ratio + 0.05));
    else return;
    event.preventDefault();
  };
  return (
    <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={MIN * 100}
      aria-valuemax={MAX * 100}
      aria-valuenow={Math.round(ratio * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onChange(0.5)}
    />
  );
}
