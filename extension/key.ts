/**
 * Public key of the extension (manifest `key`), which fixes its id to EXTENSION_ID in unpacked builds,
 * so the library PWA can message it (externally_connectable). Only the public half is kept in the repo.
 */
export const EXTENSION_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoyo9A0Dzs/89NbRuEu0KLLk9xpbi8uAB74R7PH66RP29qVw3nNrc4/LJOdnE63arfnBje1Fbz9fRl3C8oT1yZ+uAAloKe1CsQXoq8IiwhoZfOO3hgJq2IliWyH9zdhRRiJxmMvaU0aPEPkZj/z4DDEUtmRW05l4iG6SACxVaIfjP5ap935Uss6K1Nra24PCCgcEvn9lD/w1o2LTWKzivBJL6i1+xXqvMmGzjdyb9L0F8fHUH4zX3tkVeyv0AgHRXz6TlRNJ6bLfpnkjhVQTjk7mbK1hPCoHRQwA6WFPVd/Y4H2rYni23caV9Cxn0Uc5QYfSqAzyKRVURgHf8U2VtowIDAQAB';
