// Worker only: the options page's import messages, checked, then handed to the one import runner.
import * as z from 'zod/mini';
import type { LookupService } from '../../lookup/service';
import { parseRequest } from '../../messaging/parse-request';
import { editWatchedShows } from '../../storage/watched-shows';
import { showCandidateSchema } from './import-job';
import { ImportRunner } from './import-runner';
import { extensionImportJobStore } from './job-store';
import { MAX_IMPORT_BYTES } from './limits';
import { resolveEntry } from './resolve';
import { TV_TIME_FILES } from './tvtime';

const jobId = z.string().check(z.minLength(1), z.maxLength(64));
const startSchema = z.object({
  files: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(255)),
        // Characters, not bytes: the parser checks bytes and says so in words; this only bounds the message.
        text: z.string().check(z.maxLength(MAX_IMPORT_BYTES)),
      }),
    )
    .check(z.minLength(1), z.maxLength(TV_TIME_FILES.length)),
  profile: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  expect: z.optional(z.enum(['netflix', 'trakt', 'tvtime'])),
});
const pickSchema = z.object({ jobId, index: z.int().check(z.gte(0)), show: z.nullable(showCandidateSchema) });
const jobSchema = z.object({ jobId });

/** The runner the worker keeps: matching through the lookup service, the job in storage.local. */
export function createImportRunner(lookups: LookupService): ImportRunner {
  return new ImportRunner({
    resolve: (entry) => resolveEntry(entry, lookups),
    store: extensionImportJobStore,
    editWatched: editWatchedShows,
  });
}

export function handleImportStart(runner: ImportRunner, data: unknown) {
  const { files, ...options } = parseRequest(startSchema, data, 'importStart');
  return runner.start(files, options);
}

export function handleImportPick(runner: ImportRunner, data: unknown) {
  const { jobId: id, index, show } = parseRequest(pickSchema, data, 'importPick');
  return runner.pick(id, index, show);
}

export function handleImportCancel(runner: ImportRunner, data: unknown) {
  return runner.cancel(parseRequest(jobSchema, data, 'importCancel').jobId);
}

export function handleImportConfirm(runner: ImportRunner, data: unknown) {
  return runner.confirm(parseRequest(jobSchema, data, 'importConfirm').jobId);
}
