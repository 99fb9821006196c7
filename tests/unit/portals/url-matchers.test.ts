import { portalUrlTests } from './portal-urls';

portalUrlTests();
