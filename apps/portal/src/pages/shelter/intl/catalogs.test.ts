import { itHasCompleteCatalogs } from '../../../../../../tooling/catalogs';
import { shelterPageCatalogs } from '.';

describe('the /shelter page catalogs', () => {
  itHasCompleteCatalogs(shelterPageCatalogs);
});
