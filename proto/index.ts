/** The generated wire vocabulary (see proto/messages.proto). Regenerate with `npm run proto`. */
import './configure';

export { meow } from './gen/messages.js';
