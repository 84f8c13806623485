import { isPlanNetResourceType, type FhirResource } from './fhir-resource';

export interface PlanNetProgress {
  readonly resources: number;
  /** Bytes of the source files read so far, of `totalBytes`; inside a zip, compressed bytes. */
  readonly bytesRead: number;
  readonly totalBytes: number;
}

export interface PlanNetReadSummary {
  /** Plan-Net resources handed to `onResources`. */
  readonly resources: number;
  /** Resources of other types, by type, which a Plan-Net directory does not use. */
  readonly skipped: Readonly<Record<string, number>>;
  readonly files: number;
}

export interface ResourceSinkOptions {
  onResources(batch: FhirResource[]): void;
  onProgress?(progress: PlanNetProgress): void;
}

const batchSize = 500;

/** Collects the reader's resources into batches, skips other types, and reports progress. */
export class ResourceSink {
  private batch: FhirResource[] = [];
  private resources = 0;
  private readonly skipped: Record<string, number> = {};
  private files = 0;
  private bytesBefore = 0;
  private bytesInFile = 0;

  constructor(
    private readonly options: ResourceSinkOptions,
    private readonly totalBytes: number,
  ) {}

  add(resource: FhirResource): void {
    if (!isPlanNetResourceType(resource.resourceType)) {
      this.skipped[resource.resourceType] = (this.skipped[resource.resourceType] ?? 0) + 1;
      return;
    }
    this.batch.push(resource);
    this.resources += 1;
    if (this.batch.length >= batchSize) this.flush();
  }

  /** How far into the current file reading has got. */
  readTo(bytesInFile: number): void {
    this.bytesInFile = bytesInFile;
  }

  fileDone(size: number): void {
    this.files += 1;
    this.bytesBefore += size;
    this.bytesInFile = 0;
    this.flush();
  }

  flush(): void {
    if (this.batch.length > 0) {
      const batch = this.batch;
      this.batch = [];
      this.options.onResources(batch);
    }
    this.options.onProgress?.({
      resources: this.resources,
      bytesRead: this.bytesBefore + this.bytesInFile,
      totalBytes: this.totalBytes,
    });
  }

  summary(): PlanNetReadSummary {
    return { resources: this.resources, skipped: { ...this.skipped }, files: this.files };
  }
}
