import { render } from 'preact';
import { Popup } from './Popup';
import './style.css';

document.documentElement.lang = navigator.language;
render(<Popup />, document.getElementById('app')!);
