/** The API's comment limit (api/src/co-creation/dtos/co-creation.inputs.ts COMMENT_MAX), mirrored for the form. */
export const COMMENT_MAX = 2000;
