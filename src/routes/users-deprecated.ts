/**
 * The deprecated Users API's activation and avatar routes (SmartRecruiters' `users-api-deprecated`,
 * no path prefix; developers.smartrecruiters.com/reference). Its list, read, create, update and
 * delete routes are in `Routes`. Every route takes the `users_manage` scope; the current API is
 * under `/user-api/v201804`.
 */
import type { IdParams } from '../routes.js';
import type { SrResumeUpload } from '../schemas/sr/wire.js';

/** The deprecated Users API's activation and avatar routes. */
export interface LegacyUserRoutes {
  /**
   * Activates a user (204).
   *
   * @deprecated SmartRecruiters deprecates this API: use `PUT /user-api/v201804/users/{id}/activation`.
   */
  'PUT /users/{id}/activation': { params: IdParams; response: undefined };
  /**
   * Deactivates a user (204).
   *
   * @deprecated SmartRecruiters deprecates this API: use `DELETE /user-api/v201804/users/{id}/activation`.
   */
  'DELETE /users/{id}/activation': { params: IdParams; response: undefined };
  /**
   * Sends the user an activation e-mail (204; 422 `ACTIVATION_EMAIL_UNAVAILABLE`).
   *
   * @deprecated SmartRecruiters deprecates this API: use `POST /user-api/v201804/users/{id}/activation-email`.
   */
  'POST /users/{id}/activation-email': { params: IdParams; response: undefined };
  /**
   * Replaces the user's avatar: multipart `file` (pass `contentType: 'multipart/form-data'`); 204.
   *
   * @deprecated SmartRecruiters deprecates this API: use `PUT /user-api/v201804/users/{id}/avatar`.
   */
  'PUT /users/{id}/avatar': { params: IdParams; body: Pick<SrResumeUpload, 'file'>; response: undefined };
}
