/**
 * `smartrecruiters-sdk/node`: adapters for Node's own APIs (`node:http` servers and the frameworks
 * on them, Node streams and files). Node only; the main entry never imports it.
 *
 * @module smartrecruiters-sdk/node
 */
export {
  createNodeAssessmentPartnerHandler,
  type NodeAssessmentPartnerHandler,
} from './assessments.js';
export {
  createNodeConnectCallback,
  type NodeConnectCallback,
  type NodeConnectCallbackOptions,
} from './connect.js';
export {
  type DownloadDestination,
  type DownloadSource,
  safeFileName,
  type ToNodeReadableOptions,
  toNodeReadable,
  type WriteDownloadOptions,
  type WrittenDownload,
  writeDownloadToFile,
} from './downloads.js';
export {
  type ReportApplicationsOptions,
  type ReportProgress,
  type ReportRowsOptions,
  reportApplications,
  reportRows,
} from './reports.js';
export { createNodeWebhookHandler, type NodeWebhookHandler, type NodeWebhookRequest } from './webhooks.js';
