/**
 * Files dragged onto a conversation: while they hover, an overlay says where they will go;
 * dropped, they join the composer's tray (state/tray.ts). Only drags that carry files count
 * (selected text dragged inside the page is left alone). A file dropped beside the
 * conversation does nothing: the browser would otherwise open it in place of the app.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTray } from '../../state/tray';

const carriesFiles = (e: { dataTransfer: DataTransfer | null }): boolean =>
  Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** While a conversation is open, files dropped anywhere else in the window are ignored. */
function useNoDropElsewhere(): void {
  useEffect(() => {
    const ignore = (e: globalThis.DragEvent): void => {
      // Taken by the conversation already (its handlers ran first), or not files.
      if (e.defaultPrevented || !carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);
}

export interface FileDrop {
  readonly dragging: boolean;
  readonly handlers: {
    onDragEnter: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDragLeave: (e: DragEvent) => void;
    onDrop: (e: DragEvent) => void;
  };
}

export function useFileDrop(peerUid: string, enabled: boolean): FileDrop {
  useNoDropElsewhere();
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when it left.
  const depth = useRef(0);
  const reset = (): void => {
    depth.current = 0;
    setDragging(false);
  };
  const handlers = {
    onDragEnter: (e: DragEvent) => {
      if (!enabled || !carriesFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!enabled || !carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      if (!enabled || !carriesFiles(e)) return;
      depth.current -= 1;
      if (depth.current <= 0) reset();
    },
    onDrop: (e: DragEvent) => {
      if (!enabled || !carriesFiles(e)) return;
      e.preventDefault();
      reset();
      const files = Array.from(e.dataTransfer.files);
      if (files.length > 0) useTray.getState().add(peerUid, files);
    },
  };
  return { dragging, handlers };
}

export function DropOverlay({ peerName }: { peerName: string }) {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p>Drop files to send to {peerName}</p>
    </div>
  );
}
