// The bare page plus one external stylesheet: a diagnostic in `npm run audit`
// that isolates what any stylesheet costs, apart from a site's content.
import './one-rule.css';

export { default } from '../page';
