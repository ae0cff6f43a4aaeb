import { render } from 'preact';
import { NotesPage } from './NotesPage';
import '../popup/style.css';
import './style.css';

render(<NotesPage />, document.getElementById('app')!);
