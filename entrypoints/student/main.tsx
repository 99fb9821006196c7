import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudentPage } from '../../components/student/StudentPage';
import '../../components/common/extension-page.css';
import './student.css';

// The one place this page reads the clock: the school's own date ("sv-SE" writes YYYY-MM-DD),
// used as asOf only when no hand-over from the portal says which day the page was evaluated for.
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const studentKey = new URLSearchParams(location.search).get('student');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StudentPage studentKey={studentKey || null} today={today} />
    </StrictMode>,
  );
}
