// A labelled progress bar with an optional cancel button (OCR, reading a long PDF).
export interface ProgressProps {
  label: string;
  value: number; // 0..1
  onCancel?: () => void;
  cancelLabel?: string;
}

export function Progress({ label, value, onCancel, cancelLabel = 'Cancel' }: ProgressProps) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div class="cc-progress" role="status" aria-live="polite">
      <label>
        <span>{label}</span>
        <progress max={100} value={pct} aria-valuetext={`${pct}%`}>
          {pct}%
        </progress>
      </label>
      {onCancel ? (
        <button type="button" class="cc-cancel" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}
