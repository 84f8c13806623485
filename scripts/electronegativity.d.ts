/** The part of electronegativity's programmatic API the scan uses; the package ships no types. */
declare module '@doyensec/electronegativity' {
  interface Level {
    value: number;
    name: string;
  }
  interface Issue {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: Level;
    confidence: Level;
    manualReview: boolean;
    description: string;
  }
  interface RunOptions {
    input: string;
    electronVersionOverride?: string;
    excludeFromScan?: string[];
    isRelative?: boolean;
  }
  export default function run(options: RunOptions): Promise<{
    atomicChecks: number;
    globalChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: Issue[];
  }>;
}
