import { render } from 'preact';
import { Grid } from './Grid';
import './style.css';

render(<Grid lang={navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en'} />, document.getElementById('app')!);
