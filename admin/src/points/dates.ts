// Calendar days as the county sees them (Asia/Shanghai), whatever the browser's time zone.
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today as YYYY-MM-DD in Asia/Shanghai. */
export const todayInShanghai = (): string => DAY.format(new Date());

export const currentYear = (): number => Number(todayInShanghai().slice(0, 4));
