'use strict';
// What the workshop sells: the service catalog customers book (gross prices in PLN grosze, 23 %
// VAT) and the parts on its shelves (net prices), with stock received from suppliers and counted.

const VAT = 2300;

/** key: how the rest of the demo names a service; the name is what the workshop calls it. */
const SERVICES = [
  {
    key: 'oil',
    name: 'Wymiana oleju i filtra',
    description: 'Olej silnikowy wg normy producenta, filtr oleju, kontrola płynów',
    durationMinutes: 45,
    priceMinor: 24_900,
  },
  {
    key: 'brakes',
    name: 'Wymiana klocków hamulcowych – przód',
    description: 'Klocki, czyszczenie prowadnic, kontrola tarcz',
    durationMinutes: 60,
    priceMinor: 29_900,
  },
  {
    key: 'discs',
    name: 'Wymiana tarcz i klocków – przód',
    description: 'Tarcze i klocki osi przedniej, test hamulców',
    durationMinutes: 90,
    priceMinor: 44_900,
  },
  {
    key: 'timing',
    name: 'Wymiana rozrządu z pompą wody',
    description: 'Pasek, rolki, napinacz i pompa wody; płyn chłodniczy',
    durationMinutes: 240,
    priceMinor: 149_000,
    bookableOnline: false,
  },
  {
    key: 'diagnostics',
    name: 'Diagnostyka komputerowa',
    description: 'Odczyt błędów, analiza parametrów, raport',
    durationMinutes: 30,
    priceMinor: 15_000,
  },
  {
    key: 'tyres',
    name: 'Wymiana opon z wyważeniem',
    description: 'Sezonowa wymiana 4 opon, wyważenie, kontrola ciśnienia',
    durationMinutes: 45,
    priceMinor: 18_000,
  },
  {
    key: 'ac',
    name: 'Serwis klimatyzacji',
    description: 'Odgrzybianie, wymiana czynnika R1234yf, filtr kabinowy',
    durationMinutes: 60,
    priceMinor: 27_900,
  },
  {
    key: 'inspection',
    name: 'Przegląd okresowy',
    description: 'Przegląd wg książki serwisowej z wymianą filtrów',
    durationMinutes: 90,
    priceMinor: 39_900,
  },
  {
    key: 'alignment',
    name: 'Geometria kół',
    description: 'Pomiar i ustawienie zbieżności',
    durationMinutes: 60,
    priceMinor: 20_000,
  },
  {
    key: 'prepurchase',
    name: 'Sprawdzenie przed zakupem',
    description: 'Stan techniczny, lakier, diagnostyka, jazda próbna',
    durationMinutes: 60,
    priceMinor: 25_000,
  },
  {
    key: 'clutch',
    name: 'Wymiana sprzęgła',
    description: 'Zestaw sprzęgła, łożysko, ocena koła dwumasowego',
    durationMinutes: 300,
    priceMinor: 119_000,
    bookableOnline: false,
  },
];

/** Parts: cost and price are net; stock is what came in (receive) and what a count corrected (adjust). */
const PARTS = [
  {
    partNumber: 'OC 90',
    name: 'Filtr oleju',
    brand: 'Mahle',
    costMinor: 2_150,
    priceMinor: 3_900,
    reorderPoint: 5,
    location: 'Regał A1',
    received: [
      [12, 2_150],
      [6, 2_090],
    ],
  },
  {
    partNumber: 'OX 388D',
    name: 'Filtr oleju (wkład)',
    brand: 'Mahle',
    costMinor: 2_800,
    priceMinor: 4_900,
    reorderPoint: 4,
    location: 'Regał A1',
    received: [[10, 2_800]],
  },
  {
    partNumber: 'EDGE-5W30-5L',
    name: 'Olej Castrol Edge 5W-30 LL, 5 l',
    brand: 'Castrol',
    costMinor: 16_900,
    priceMinor: 24_900,
    reorderPoint: 6,
    location: 'Regał A3',
    received: [[20, 16_900]],
    adjust: [-1, 'Uszkodzony pojemnik przy dostawie'],
  },
  {
    partNumber: 'CUK 2939',
    name: 'Filtr kabinowy z węglem aktywnym',
    brand: 'Mann-Filter',
    costMinor: 4_200,
    priceMinor: 7_900,
    reorderPoint: 3,
    location: 'Regał A2',
    received: [[8, 4_200]],
  },
  {
    partNumber: 'C 30 005',
    name: 'Filtr powietrza',
    brand: 'Mann-Filter',
    costMinor: 3_600,
    priceMinor: 6_500,
    reorderPoint: 3,
    location: 'Regał A2',
    received: [[6, 3_600]],
  },
  {
    partNumber: '0 986 494 524',
    name: 'Klocki hamulcowe przód',
    brand: 'Bosch',
    costMinor: 11_900,
    priceMinor: 18_900,
    reorderPoint: 2,
    location: 'Regał B1',
    received: [[6, 11_900]],
  },
  {
    partNumber: 'GDB1550',
    name: 'Klocki hamulcowe przód',
    brand: 'TRW',
    costMinor: 9_800,
    priceMinor: 15_900,
    reorderPoint: 2,
    location: 'Regał B1',
    received: [[4, 9_800]],
  },
  {
    partNumber: '09.A820.11',
    name: 'Tarcza hamulcowa przód (szt.)',
    brand: 'Brembo',
    costMinor: 17_500,
    priceMinor: 26_900,
    reorderPoint: 4,
    location: 'Regał B2',
    received: [[8, 17_500]],
  },
  {
    partNumber: 'K015603XS',
    name: 'Zestaw rozrządu z pompą wody',
    brand: 'Gates',
    costMinor: 62_000,
    priceMinor: 89_000,
    reorderPoint: 1,
    location: 'Regał C1',
    received: [[2, 62_000]],
  },
  {
    partNumber: 'BKR6E',
    name: 'Świeca zapłonowa',
    brand: 'NGK',
    costMinor: 1_400,
    priceMinor: 2_900,
    reorderPoint: 8,
    location: 'Regał A4',
    received: [[24, 1_400]],
    adjust: [-2, 'Inwentaryzacja: brak 2 szt.'],
  },
  {
    partNumber: 'E11 574 402 075',
    name: 'Akumulator Blue Dynamic 74 Ah',
    brand: 'Varta',
    costMinor: 38_000,
    priceMinor: 52_900,
    reorderPoint: 2,
    location: 'Magazyn',
    received: [[3, 38_000]],
  },
  {
    partNumber: 'A 863 S',
    name: 'Wycieraczki Aerotwin (komplet)',
    brand: 'Bosch',
    costMinor: 6_900,
    priceMinor: 11_900,
    reorderPoint: 3,
    location: 'Regał D1',
    received: [[5, 6_900]],
  },
  {
    partNumber: 'G13-1.5L',
    name: 'Płyn chłodniczy G13, 1,5 l',
    brand: 'Febi Bilstein',
    costMinor: 3_900,
    priceMinor: 6_900,
    reorderPoint: 4,
    location: 'Regał A3',
    received: [[12, 3_900]],
  },
  {
    partNumber: '3000 951 089',
    name: 'Zestaw sprzęgła z kołem dwumasowym',
    brand: 'Sachs',
    costMinor: 185_000,
    priceMinor: 239_000,
    reorderPoint: 0,
    location: 'Magazyn',
    received: [[1, 185_000]],
  },
  {
    partNumber: 'R1234YF-100',
    name: 'Czynnik R1234yf (100 g)',
    brand: 'Honeywell',
    costMinor: 6_500,
    priceMinor: 11_000,
    reorderPoint: 10,
    location: 'Klimatyzacja',
    received: [[24, 6_500]],
  },
  {
    partNumber: '35-0612',
    name: 'Wahacz przedni dolny',
    brand: 'Lemförder',
    costMinor: 34_000,
    priceMinor: 46_900,
    reorderPoint: 1,
    location: 'Regał C2',
    received: [[2, 34_000]],
  },
];

/**
 * Creates the services and parts the workshop does not have yet (by name, by part number).
 * @param {import('./api-client').DemoApi} api signed in as the owner
 */
async function ensureCatalog(api) {
  const servicesByName = new Map((await api.get('/services')).map((service) => [service.name, service]));
  const services = new Map();
  let createdServices = 0;
  for (const { key, ...service } of SERVICES) {
    let existing = servicesByName.get(service.name);
    if (!existing) {
      existing = await api.post('/services', { vatRateBp: VAT, bookableOnline: true, ...service });
      createdServices += 1;
    }
    services.set(key, existing);
  }

  const partsByNumber = new Map((await api.all('/parts')).map((part) => [part.partNumber, part]));
  const parts = new Map();
  let createdParts = 0;
  for (const { received, adjust, ...part } of PARTS) {
    let existing = partsByNumber.get(part.partNumber);
    if (!existing) {
      existing = await api.post('/parts', { vatRateBp: VAT, ...part });
      for (const [quantity, unitCostMinor] of received) {
        await api.post(`/parts/${existing.id}/movements`, {
          kind: 'receive',
          quantity,
          unitCostMinor,
          reason: 'Dostawa od hurtowni',
        });
      }
      if (adjust)
        await api.post(`/parts/${existing.id}/movements`, { kind: 'adjust', quantity: adjust[0], reason: adjust[1] });
      createdParts += 1;
    }
    parts.set(part.partNumber, existing);
  }
  return { services, parts, created: { services: createdServices, parts: createdParts } };
}

module.exports = { ensureCatalog };
