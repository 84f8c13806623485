/** A progress bar named for what it measures; with no percent known it moves without a value. */
export function ProgressBar({
  label,
  percent,
  line,
}: {
  label: string;
  percent: number | null;
  line: string;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={percent === null ? line : `${percent}%: ${line}`}
      className="progress-track"
    >
      <div
        className={percent === null ? 'progress-fill progress-unknown' : 'progress-fill'}
        style={{ width: `${percent ?? 100}%` }}
      />
    </div>
  );
}
