Profile: TyokykyPractitioner
Parent: Practitioner
Id: tyokyky-practitioner
Title: "Professional (Practitioner)"
Description: "A professional of the work-ability support team or its network: physician, nurse, work-ability coordinator and others. A licensed health care professional is identified by the Terhikki registration number (urn:oid:1.2.246.537.26)."
* insert ConformanceMetadata
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains terhikki 0..1 MS
* identifier[terhikki] ^short = "Terhikki registration number (Valvira)"
* identifier[terhikki].system 1..1
* identifier[terhikki].system = $TERHIKKI (exactly)
* identifier[terhikki].value 1..1
* identifier[terhikki] obeys tk-terhikki
* name 1..* MS
