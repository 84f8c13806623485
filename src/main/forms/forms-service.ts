import { randomUUID } from 'node:crypto';
import type { FormAnswers, FormPreview, FormRecipient } from '../../shared/api-contract';
import type { ClinicProfile } from '../../shared/clinic-profile';
import { DeskError } from '../../shared/desk-error';
import { checkForm } from '../../shared/forms/check-form';
import { formAnswers } from '../../shared/forms/form-answers';
import { formRoute, takenOnWebForm, type FormRoute } from '../../shared/forms/form-route';
import { localDate } from '../../shared/validation/calendar-date';
import { formForBox, formSpec } from '../../shared/forms/form-catalog';
import { recipientKey, type FormId, type FormSpec, type FormValues } from '../../shared/forms/form-spec';
import { renderFormBody } from '../../shared/forms/render-form-message';
import type { DirectoryService } from '../directory/directory-service';
import type { OutgoingMessage } from '../outbox/outbox-rows';
import { buildEmlFile, emlFileName } from './eml-file';

interface FormsServiceDeps {
  directory: DirectoryService;
  /** The outbox's door: writes the message (retiring its draft) and returns its number. */
  queue: (message: OutgoingMessage, draftId: string | null) => number;
  profile: () => ClinicProfile | null;
  now?: () => Date;
}

/** The checked address messages come from: the contact person's, or else the clinic's. */
function senderAddress(clinic: ClinicProfile | null): string | null {
  return clinic?.contactEmail || clinic?.email || null;
}

/** Windows hands a mail app at most about 2,000 characters of link; longer ones arrive cut short. */
const maxMailtoLength = 1_900;

/**
 * A finished form becomes a message: addressed to the box its directory entry names, checked by
 * the same rules the page shows, and then queued, saved as .eml or handed to a mail app.
 * A form that carries PHI may only be queued: the outbox sends it over a secure transport.
 * Where the entry now names a web form instead of a box, nothing is e-mailed: the form becomes
 * answers the desk copies into the plan's web form.
 */
export function createFormsService({ directory, queue, profile, now = () => new Date() }: FormsServiceDeps) {
  function destination(spec: FormSpec, values: FormValues): { title: string; route: FormRoute } {
    const entry = directory.entry(recipientKey(spec, values));
    const found = formRoute(entry);
    if (!found) {
      throw new DeskError(
        'not-found',
        `The directory no longer lists an e-mail box for this ${spec.title.toLowerCase()}.`,
      );
    }
    return { title: entry.title, route: found };
  }

  function emailAddress(spec: FormSpec, values: FormValues): string {
    const found = destination(spec, values).route;
    if (found.kind === 'web-form') {
      throw new DeskError(
        'not-allowed',
        `${takenOnWebForm(directory.info().plan, found)} It cannot be sent by e-mail: show the answers to copy into that form instead.`,
      );
    }
    return found.address;
  }

  function sender(clinic: ClinicProfile | null): string | null {
    const address = senderAddress(clinic);
    if (!clinic || !address) return null;
    const name = clinic.clinicName.replace(/["\\\r\n]/g, '').trim();
    return name ? `"${name}" <${address}>` : address;
  }

  function preview(formId: FormId, values: FormValues): FormPreview {
    const spec = formSpec(formId);
    refuseLetterToPhiBox(spec, values);
    const clinic = profile();
    const check = checkForm(spec, values, localDate(now()));
    return {
      to: emailAddress(spec, values),
      from: sender(clinic),
      subject: spec.subject(check.values),
      body: renderFormBody(spec, check.values, clinic),
      containsPhi: spec.containsPhi,
      ready: Object.keys(check.errors).length === 0,
      errors: check.errors,
      warnings: check.warnings,
    };
  }

  function finishedMessage(formId: FormId, values: FormValues): OutgoingMessage {
    const message = preview(formId, values);
    if (!message.ready) {
      const count = Object.keys(message.errors).length;
      throw new DeskError(
        'invalid-input',
        `${count === 1 ? 'One field needs' : `${count} fields need`} fixing before this can leave.`,
      );
    }
    const domain = senderAddress(profile())?.split('@')[1] ?? 'provider-desk.invalid';
    return {
      messageId: `<${randomUUID()}@${domain}>`,
      formId,
      to: message.to,
      from: message.from,
      subject: message.subject,
      text: message.body,
      containsPhi: message.containsPhi,
    };
  }

  /** A free message to a box whose form carries PHI could carry it too; that box gets its form. */
  function refuseLetterToPhiBox(spec: FormSpec, values: FormValues): void {
    const boxForm = 'entryKeyField' in spec.recipient ? formForBox(recipientKey(spec, values)) : undefined;
    if (boxForm?.containsPhi) {
      throw new DeskError(
        'not-allowed',
        `Messages to this box can hold patient details. Use the ${boxForm.title.toLowerCase()} form, which is sent securely.`,
      );
    }
  }

  function refusePhi(formId: FormId, where: string): void {
    if (formSpec(formId).containsPhi) {
      throw new DeskError(
        'not-allowed',
        `A ${formSpec(formId).title.toLowerCase()} holds patient details, so it cannot go to ${where}. Queue it to send securely, or call the plan.`,
      );
    }
  }

  return {
    route(formId: FormId, values: FormValues): FormRecipient {
      const found = destination(formSpec(formId), values);
      return { plan: directory.info().plan, entryTitle: found.title, route: found.route };
    },

    preview,

    /** What a form checks to, for the plan's web form: the same rules as an e-mail, no message. */
    answers(formId: FormId, values: FormValues): FormAnswers {
      const spec = formSpec(formId);
      const { values: checked, errors, warnings } = checkForm(spec, values, localDate(now()));
      const ready = Object.keys(errors).length === 0;
      return { ready, errors, warnings, answers: ready ? formAnswers(spec, checked) : [] };
    },

    /** Hands the exact message to the outbox, which retires its draft in the same transaction. */
    queue(formId: FormId, values: FormValues, draftId: string | null): { id: number; messageId: string } {
      const message = finishedMessage(formId, values);
      return { id: queue(message, draftId), messageId: message.messageId };
    },

    async exportEml(formId: FormId, values: FormValues): Promise<{ fileName: string; content: string }> {
      refusePhi(formId, 'a file');
      const message = finishedMessage(formId, values);
      const file = await buildEmlFile(message, now());
      return { fileName: emlFileName(message.subject), content: file.toString('utf8') };
    },

    mailtoUrl(formId: FormId, values: FormValues): { url: string } {
      refusePhi(formId, 'a mail app');
      const message = finishedMessage(formId, values);
      const query = `subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.text.replace(/\n/g, '\r\n'))}`;
      const url = `mailto:${message.to}?${query}`;
      if (url.length > maxMailtoLength) {
        throw new DeskError(
          'not-allowed',
          'This message is too long to hand to a mail app in one link. Save it as .eml and open that instead.',
        );
      }
      return { url };
    },
  };
}

export type FormsService = ReturnType<typeof createFormsService>;
