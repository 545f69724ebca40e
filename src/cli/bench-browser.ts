/** The browser measurements of npm run bench, run in a process of their own so the classifier bench's memory and GC do not slow them. */
import { benchHost } from './bench-host';
import { benchPopup } from './bench-popup';
import { benchReport } from './bench-report';

process.stdout.write(`${await benchPopup()}\n${await benchReport()}\n${await benchHost()}\n`);
