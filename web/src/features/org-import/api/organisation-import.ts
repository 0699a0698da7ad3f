/** The answer of POST /api/admin/organisation-import (API-CONTRACT.md, «organisation import»). */
export interface ImportAnswer {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  units: { created: number; moved: number; renamed: number };
  people: { created: number; updated: number; deactivated: number };
  memberships: { added: number; removed: number };
  errors: ImportRowError[];
}

export interface ImportRowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export const IMPORT_URL = '/api/admin/organisation-import';
export const SAMPLE_URL = `${IMPORT_URL}/sample.csv`;

/** Where an upload is: the bytes going up (with a share), then the server checking or importing. */
export type UploadPhase = { kind: 'uploading'; fraction: number | null } | { kind: 'processing' };

/** A request that did not give an answer: the API's code (FORBIDDEN, BAD_USER_INPUT, …), NETWORK or UNKNOWN. */
export class ImportRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Sends the file with XMLHttpRequest rather than fetch: only XHR reports upload progress, which a
 * 20 000-row workbook on a slow municipal network needs. Same origin, so the session cookie goes along.
 */
export function uploadOrganisationFile(
  file: File,
  options: { dryRun: boolean; deactivateMissing: boolean },
  onPhase: (phase: UploadPhase) => void,
): { result: Promise<ImportAnswer>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (options.deactivateMissing) query.set('deactivateMissing', 'true');
  const result = new Promise<ImportAnswer>((resolve, reject) => {
    xhr.open('POST', `${IMPORT_URL}?${query}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) =>
      onPhase({ kind: 'uploading', fraction: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => onPhase({ kind: 'processing' });
    xhr.onload = () => {
      const body = xhr.response as (ImportAnswer & { code?: string; message?: string }) | null;
      if (xhr.status === 200 && body && Array.isArray(body.errors)) resolve(body);
      else reject(new ImportRequestError(body?.code ?? 'UNKNOWN', body?.message ?? xhr.statusText, xhr.status));
    };
    xhr.onerror = () => reject(new ImportRequestError('NETWORK', 'The server could not be reached.', 0));
    xhr.onabort = () => reject(new ImportRequestError('ABORTED', 'Cancelled.', 0));
    const form = new FormData();
    form.append('file', file, file.name);
    onPhase({ kind: 'uploading', fraction: 0 });
    xhr.send(form);
  });
  return { result, abort: () => xhr.abort() };
}
