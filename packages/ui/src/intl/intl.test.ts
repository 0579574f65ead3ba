import { itHasCompleteCatalogs } from '../../../../tooling/catalogs';
import { uiCatalogs } from '.';

describe('ui catalogs', () => {
  itHasCompleteCatalogs(uiCatalogs);
});
