/**
 * Reads a secret — the LLM API key — from AWS Secrets Manager or an SSM Parameter Store SecureString,
 * named by a reference ({@link dev.precis.secrets.SecretReference}: a secret name or ARN,
 * {@code ssm:/path/name} or a parameter ARN, optionally {@code #field} of a JSON secret). Read once per
 * process and kept ({@link dev.precis.secrets.SecretReader}); the AWS SDK clients are built only when a
 * secret is read, so a configuration without one never loads them.
 */
package dev.precis.secrets;
