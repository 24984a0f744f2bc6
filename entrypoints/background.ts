import { defineBackground } from '#imports';
import { startProfileService } from '../lib/messaging/background-profile';
import { startTabStatusService } from '../lib/messaging/background-status';

/**
 * The background holds no analysis and no page content: it keeps each tab's protection status
 * (toolbar badge, popup), and hands the content scripts the active organisation profile.
 */
export default defineBackground(() => {
  const status = startTabStatusService();
  startProfileService(status.guardedTabs);
});
