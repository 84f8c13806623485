/**
 * This process's peak resident memory, worker threads included (they share the process): rss
 * sampled on an interval, and the kernel's own high-water mark, whichever is higher.
 */
export function watchPeakMemory(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const kernelPeak = process.resourceUsage().maxRSS * 1024;
      return Math.max(peak, kernelPeak, process.memoryUsage.rss()) / (1024 * 1024);
    },
  };
}
