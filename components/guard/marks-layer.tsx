import type { MarksLayerProps } from './types';

// Every mark ignores the pointer so the composer underneath keeps every click and selection.
const NONE = 'none' as const;

/**
 * Underlines (warn) and boxes (block) drawn over the flagged words. The rects are the adapter's
 * physical client rects relative to the overlay root, so they are placed with left/top, not
 * logical properties. Marks carry no text, title or data: the page can read our layer's size
 * and position at most, never what was flagged.
 */
export function MarksLayer({ marks }: MarksLayerProps) {
  return (
    <div className="sl-ui sl-marks" aria-hidden="true" style={{ pointerEvents: NONE }}>
      {marks.flatMap((mark) =>
        mark.rects.map((rect, index) => (
          <div
            key={`${mark.id}\u0000${index}`}
            className={`sl-mark sl-mark--${mark.severity}`}
            style={{
              position: 'absolute',
              left: rect.left,
              top: rect.top,
              width: rect.width,
              height: rect.height,
              pointerEvents: NONE,
            }}
          />
        )),
      )}
    </div>
  );
}
