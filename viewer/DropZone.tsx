// Drag-and-drop or choose a local PDF. The whole window accepts drops (see useFileDrop).
import { useEffect } from 'preact/hooks';
import type { ViewerStrings } from './strings';

export function useFileDrop(onFile: (file: File) => void, target: EventTarget = window): void {
  useEffect(() => {
    const over = (e: Event) => e.preventDefault();
    const drop = (e: Event) => {
      e.preventDefault();
      const file = (e as DragEvent).dataTransfer?.files?.[0];
      if (file) onFile(file);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('drop', drop);
    };
  }, [onFile, target]);
}

export function FilePicker({ onFile, label }: { onFile: (file: File) => void; label: string }) {
  return (
    <label class="cc-picker">
      {label}
      <input
        type="file"
        accept="application/pdf,.pdf"
        onChange={(e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

export function DropZone({ onFile, strings }: { onFile: (file: File) => void; strings: ViewerStrings }) {
  return (
    <div class="cc-dropzone">
      <p>{strings.drop}</p>
      <FilePicker onFile={onFile} label={strings.choose} />
      <p class="cc-note">{strings.localOnly}</p>
    </div>
  );
}
