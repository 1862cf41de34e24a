// Supabase Edge Function "mail-worker": delivers Salkku's outbox over SMTP. pg_cron calls it
// every minute (migration 20260402000200_mail_outbox); see README "Deploy" for the secrets.
//
// Secrets: SMTP_HOST, SMTP_PORT (587), SMTP_SECURE ("true" for port 465), SMTP_USER, SMTP_PASS,
// MAIL_FROM ("Salkku <salkku@city.example>"), APP_URL (the app's origin, for links),
// MAIL_WORKER_KEY (the bearer pg_cron sends). SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY are
// set by Supabase.
import nodemailer from 'npm:nodemailer@10';
import { PermanentMailError, type SendMail } from '../_shared/mail/worker.ts';
import { createHandler } from './handler.ts';

function env(name: string, fallback?: string): string {
  const value = Deno.env.get(name) ?? fallback;
  if (value === undefined) throw new Error(`The secret ${name} is not set`);
  return value;
}

const transport = nodemailer.createTransport({
  host: env('SMTP_HOST'),
  port: Number(env('SMTP_PORT', '587')),
  secure: env('SMTP_SECURE', 'false') === 'true',
  auth: Deno.env.get('SMTP_USER') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS') } : undefined,
  connectionTimeout: 10_000,
  socketTimeout: 60_000,
});
const from = env('MAIL_FROM');

const send: SendMail = async (mail) => {
  if (!mail.to.includes('@')) throw new PermanentMailError(`Not an address: ${mail.to}`);
  const info = await transport.sendMail({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { ...mail.headers, 'Content-Language': mail.locale },
  });
  return { response: String(info.response) };
};

Deno.serve(
  createHandler({
    supabaseUrl: env('SUPABASE_URL'),
    serviceRoleKey: env('SUPABASE_SERVICE_ROLE_KEY'),
    workerKey: env('MAIL_WORKER_KEY'),
    appUrl: env('APP_URL'),
    send,
    log: (m) => console.log(m),
  }),
);
