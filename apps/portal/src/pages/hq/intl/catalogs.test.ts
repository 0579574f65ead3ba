import { itHasCompleteCatalogs } from '../../../../../../tooling/catalogs';
import { hqPageCatalogs } from '.';

describe('the /hq page’s catalogs', () => {
  itHasCompleteCatalogs(hqPageCatalogs);
});
