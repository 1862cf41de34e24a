/// <reference lib="webworker" />
// The import's file reading and checking, off the page's main thread (see check-file.ts).
import { checkRequest, type CheckRequest } from './check-core';

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  self.postMessage(await checkRequest(event.data));
};
