/** What the progress line shows. */
export interface ProgressState {
  lines: number;
  errors: number;
  /** Input bytes whose output lines are written. */
  bytes: number;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * A one-line progress bar for a terminal: share done (when the input's size is known), lines,
 * rate, ETA and errors, redrawn at most ten times a second. Only ever used when stderr is a TTY:
 * a pipe or a log file gets nothing.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | null,
  ) {}

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const parts: string[] = [];
    if (this.totalBytes) {
      const share = Math.min(1, state.bytes / this.totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      const eta = share > 0 ? (seconds * (1 - share)) / share : Number.NaN;
      parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`);
      parts.push(`${state.lines} lines`, `${(state.lines / seconds).toFixed(1)} lines/s`, `${formatBytes(state.bytes / seconds)}/s`, `ETA ${formatDuration(eta)}`);
    } else {
      parts.push(`${state.lines} lines`, `${(state.lines / seconds).toFixed(1)} lines/s`, `${formatBytes(state.bytes / seconds)}/s`, `${formatDuration(seconds)} elapsed`);
    }
    if (state.errors > 0) parts.push(`${state.errors} errors`);
    const columns = this.stream.columns || 100;
    this.stream.write(`\r${parts.join(' · ').slice(0, columns - 1)}\x1b[K`);
  }

  /** Draws the final state and moves to a new line. */
  finish(state: ProgressState): void {
    this.update(state, true);
    this.stream.write('\n');
  }
}
