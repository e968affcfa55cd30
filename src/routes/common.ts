/** Types the registries under src/routes/ share. */
import type { SrList } from '../routes.js';

/**
 * A list whose envelope SmartRecruiters does not publish: its `{ content }` envelope or a bare
 * array (UNCONFIRMED). `client.paginate` reads either.
 */
export type SrUnpublishedList<T> = SrList<T> | T[];
