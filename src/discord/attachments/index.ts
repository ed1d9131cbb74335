/**
 * Files members attach to commands: `fetchAttachmentText(attachment, ARTICLE_FILE)` gives the text, or
 * throws an AttachmentError (a UserError) whose message names the file and the problem.
 */
export { ARTICLE_FILE, JSON_FILE, type AttachmentRules } from './attachment-rules.ts';
export { AttachmentError, checkAttachment, fetchAttachmentText, formatBytes, type AttachmentLike, type AttachmentProblem } from './fetch-attachment.ts';
