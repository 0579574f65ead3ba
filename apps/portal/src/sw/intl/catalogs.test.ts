import { itHasCompleteCatalogs } from '../../../../../tooling/catalogs';
import { updateCatalogs } from '.';

describe('the update banner catalogs', () => {
  itHasCompleteCatalogs(updateCatalogs);
});
