import { render } from 'preact';
import { initLanguage } from '@/src/ui/i18n';
import { Popup } from './Popup';
import '@/src/ui/style.css';

initLanguage().then(() => render(<Popup />, document.getElementById('app')!));
