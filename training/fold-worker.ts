// A worker thread that fits cross-validation folds, or the heads on every post, one job per message (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type Labels, type TrainSettings } from './heads';
import type { Vector } from '../analyzers/model/features';

interface Data {
  labels: Labels[];
  vectors: Vector[];
  settings: TrainSettings;
  foldOf: number[];
}

const data = workerData as Data;
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(runJob(data.labels, data.vectors, data.settings, data.foldOf, job));
});
