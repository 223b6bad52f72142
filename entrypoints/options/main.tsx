import { render } from 'preact';

function Options() {
  return <p>Still Hiring settings</p>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
