import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarExport, calendarFileName } from '@/components/options/CalendarExport';
import { sendMessage } from '@/utils/messaging/protocol';
import { buttonNamed, click, mount, unmountAll, waitFor } from '../../support/dom';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

let downloads: { name: string; href: string }[] = [];
beforeEach(() => {
  send.mockReset();
  downloads = [];
  // happy-dom does not download; record what the link would save.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});
afterEach(() => unmountAll());

const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

describe('Add to calendar (.ics)', () => {
  it('saves the file the worker builds and says what is in it', async () => {
    send.mockResolvedValue({ ics: ICS, events: 3, shows: 4, failed: ['Derry Girls'] } as never);
    const root = mount(<CalendarExport />);
    click(buttonNamed(root, 'Add to calendar (.ics)'));
    await waitFor(() =>
      expect(root.querySelector('.calendar-status')?.textContent).toBe(
        'Saved 3 episodes of the 4 shows in your calendar. Could not look up Derry Girls now; try again later.',
      ),
    );
    expect(send).toHaveBeenCalledWith('nextEpisodesCalendar');
    expect(downloads).toEqual([{ name: calendarFileName(new Date()), href: expect.stringMatching(/^blob:/) }]);
    expect(calendarFileName(new Date('2026-12-02T10:00:00Z'))).toBe('greenlit-next-episodes-2026-12-02.ics');
  });

  it('saves nothing when no episode is announced, and shows a failure as an alert', async () => {
    send.mockResolvedValueOnce({ ics: ICS, events: 0, shows: 2, failed: [] } as never);
    const root = mount(<CalendarExport />);
    click(buttonNamed(root, 'Add to calendar (.ics)'));
    await waitFor(() => expect(root.querySelector('.calendar-status')?.textContent).toBe('No announced episodes for the 2 shows in your calendar yet.'));
    expect(downloads).toEqual([]);
    send.mockRejectedValueOnce(new Error('Could not establish connection.'));
    click(buttonNamed(root, 'Add to calendar (.ics)'));
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not make the calendar: Could not establish connection.'));
  });
});
