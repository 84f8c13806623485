import { emptyClinicProfile, type ClinicProfile } from '../../src/shared/clinic-profile';

/**
 * An obviously made-up clinic, already normalised as desk.db stores it. 555-01xx numbers are
 * reserved for fiction; the NPIs only satisfy the check digit.
 */
export const fakeClinic: ClinicProfile = {
  ...emptyClinicProfile,
  clinicName: 'Rose City Test Clinic',
  street: '100 Example Ave',
  city: 'Portland',
  state: 'OR',
  zip: '97201',
  phone: '5035550100;ext=12',
  fax: '5035550101',
  email: 'frontdesk@example.org',
  tin: '931234567',
  dmapId: '500123',
  groupNpi: '1234567893',
  contactName: 'Pat Example',
  contactTitle: 'Office manager',
  contactPhone: '5035550102',
  contactEmail: 'pat@example.org',
  providers: [{ id: 'p1', name: 'Dr. Sam Sample', npi: '1245319599', specialty: 'Family medicine' }],
};
