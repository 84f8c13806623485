import { useEffect, useState } from 'react';
import { mailSettingsSchema, type MailSettings } from '../../../shared/mail-settings';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { FieldMessage } from '../fields/field-message';
import { TextField } from '../fields/text-field';
import { useOutbox } from '../outbox/outbox-state';

interface SettingsForm {
  host: string;
  port: string;
  security: MailSettings['security'];
  username: string;
  password: string;
  fromName: string;
  fromAddress: string;
  trustedCertificate: string;
}

const blank: SettingsForm = {
  host: '',
  port: '587',
  security: 'starttls',
  username: '',
  password: '',
  fromName: '',
  fromAddress: '',
  trustedCertificate: '',
};

const securityChoices: { value: MailSettings['security']; label: string }[] = [
  { value: 'starttls', label: 'STARTTLS (usually port 587)' },
  { value: 'tls', label: 'TLS from the start (usually port 465)' },
  { value: 'none', label: 'None: a relay on this computer only (claims inquiries are held)' },
];

function toSettings(form: SettingsForm) {
  return mailSettingsSchema.safeParse({
    host: form.host.trim(),
    port: Number(form.port),
    security: form.security,
    username: form.username.trim(),
    fromName: form.fromName.trim(),
    fromAddress: form.fromAddress.trim(),
    ...(form.trustedCertificate.trim() ? { trustedCertificate: form.trustedCertificate.trim() } : {}),
  });
}

/** The clinic's mail server: where queued messages are sent from. */
export function MailSettingsView() {
  const announce = useAnnouncer((state) => state.announce);
  const [form, setForm] = useState<SettingsForm>(blank);
  const [hasPassword, setHasPassword] = useState(false);
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [steps, setSteps] = useState<{ ok: boolean; steps: string[] } | null>(null);

  useEffect(() => {
    void callApi('mail.getSettings', undefined).then(({ settings, hasPassword: saved }) => {
      setHasPassword(saved);
      if (settings) {
        setForm({
          ...blank,
          ...settings,
          port: String(settings.port),
          password: '',
          trustedCertificate: settings.trustedCertificate ?? '',
        });
      }
    });
  }, []);

  const parsed = toSettings(form);
  const errorFor = (field: keyof MailSettings) =>
    tried && !parsed.success
      ? parsed.error.issues.find((issue) => issue.path[0] === field)?.message
      : undefined;
  const set = (change: Partial<SettingsForm>) => {
    setStatus('');
    setForm({ ...form, ...change });
  };
  const password = form.password === '' ? {} : { password: form.password };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!parsed.success) {
      announce('Some settings need fixing.');
      return;
    }
    await callApi('mail.saveSettings', { settings: parsed.data, ...password });
    setHasPassword(hasPassword || form.password !== '');
    setForm({ ...form, password: '' });
    setStatus('Mail settings saved. Anything waiting is being sent.');
    announce('Mail settings saved.');
    void useOutbox.getState().refresh();
  }

  async function test() {
    setTried(true);
    if (!parsed.success) return;
    setSteps(null);
    const result = await callApi('mail.testConnection', { settings: parsed.data, ...password });
    setSteps(result);
    announce(result.ok ? 'The connection works.' : 'The connection did not work.');
  }

  return (
    <section className="form-page" aria-labelledby="settings-title">
      <h2 id="settings-title" tabIndex={-1}>
        Mail settings
      </h2>
      <p className="form-intro">
        Provider Desk sends queued messages through your clinic’s own mail server. Ask whoever runs your
        e-mail for these.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-section">
          <legend>Server</legend>
          <TextField
            id="mail-host"
            label="Server name"
            value={form.host}
            onChange={(host) => set({ host })}
            error={errorFor('host')}
            hint="Like smtp.clinic.org"
          />
          <TextField
            id="mail-port"
            label="Port"
            size="short"
            inputMode="numeric"
            value={form.port}
            onChange={(port) => set({ port })}
            error={errorFor('port') && 'A port is a number from 1 to 65535.'}
          />
          <div className="field field-long">
            <label htmlFor="mail-security">Security</label>
            <select
              id="mail-security"
              aria-invalid={errorFor('security') ? true : undefined}
              aria-describedby={errorFor('security') ? 'mail-security-message' : undefined}
              value={form.security}
              onChange={(event) => set({ security: event.target.value as MailSettings['security'] })}
            >
              {securityChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
            <FieldMessage id="mail-security-message" error={errorFor('security')} />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Sign-in</legend>
          <TextField
            id="mail-username"
            label="User name"
            optional
            value={form.username}
            onChange={(username) => set({ username })}
          />
          <TextField
            id="mail-password"
            label="Password"
            type="password"
            optional
            value={form.password}
            onChange={(value) => set({ password: value })}
            hint={
              hasPassword
                ? 'A password is saved. Leave this empty to keep it.'
                : 'Kept by the system’s keychain, never in a plain file.'
            }
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>Sent from</legend>
          <TextField
            id="mail-from-name"
            label="Name"
            optional
            value={form.fromName}
            onChange={(fromName) => set({ fromName })}
          />
          <TextField
            id="mail-from-address"
            label="E-mail address"
            size="long"
            value={form.fromAddress}
            onChange={(fromAddress) => set({ fromAddress })}
            error={errorFor('fromAddress')}
          />
          <TextField
            id="mail-certificate"
            label="Certificate to trust"
            optional
            multiline
            value={form.trustedCertificate}
            onChange={(trustedCertificate) => set({ trustedCertificate })}
            hint="Only for a server with its own certificate authority: paste its PEM certificate."
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save mail settings
          </button>
          <button type="button" onClick={() => void test()}>
            Test connection
          </button>
          <span className="form-status">{status}</span>
        </div>
      </form>
      {steps ? (
        <ul className={steps.ok ? 'connection-ok' : 'connection-failed'} aria-label="Connection test">
          {steps.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
