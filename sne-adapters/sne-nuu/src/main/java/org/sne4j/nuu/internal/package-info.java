/**
 * Not part of the API: the XML records of the document ({@link org.sne4j.nuu.internal.XmlNuu},
 * the one place where element names live), the mapping between them and the domain, the anomaly
 * reader and the SOAP client (SAAJ over the JDK's HTTP client).
 */
package org.sne4j.nuu.internal;
