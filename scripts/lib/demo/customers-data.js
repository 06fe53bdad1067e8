'use strict';
// The demo workshop's customers: a Warsaw garage with Polish regulars and a Danish community
// nearby. Names with their diacritics, phones as people write them (+48 / +45), addresses on
// reserved domains, plates in the real Polish and Danish formats, and cars with real engines.
// Each car's VIN is built from its maker's real WMI and descriptor with a correct check digit.
const { buildVin } = require('./vin');

/**
 * A car: plate, make, model, year, engine, fuel, odometer (km), then positions 1-8 of its VIN
 * (maker and descriptor) and the plant character.
 */
const car = (plate, make, model, year, engine, fuelType, mileageKm, maker, plant) => ({
  plate,
  make,
  model,
  year,
  engine,
  fuelType,
  mileageKm,
  vinMaker: maker,
  vinPlant: plant,
});

/** firstName, lastName, contact, cars. The first three were the demo's first customers: kept as they were. */
const CUSTOMERS = [
  {
    firstName: 'Jan',
    lastName: 'Kowalski',
    phone: '601 234 567',
    email: 'jan.kowalski@example.com',
    consent: true,
    cars: [
      car('WA 12345', 'Volkswagen', 'Golf', 2014, '1.6 TDI', 'diesel', 182_000, 'WVWZZZAU', 'W'),
      car('WX 4821K', 'Škoda', 'Fabia', 2018, '1.0 MPI', 'petrol', 61_400, 'TMBEP6NJ', 'P'),
    ],
  },
  {
    firstName: 'Łukasz',
    lastName: 'Nowak',
    phone: '512 345 678',
    cars: [car('KR 7H312', 'Toyota', 'Corolla', 2019, '1.8 Hybrid', 'hybrid', 64_000, 'SB1Z93BE', '0')],
  },
  {
    firstName: 'Søren',
    lastName: 'Jensen',
    phone: '+45 20 12 34 56',
    cars: [car('AB 12 345', 'Škoda', 'Octavia', 2011, '1.6 TDI', 'diesel', 241_000, 'TMBDK21Z', 'P')],
  },
  {
    firstName: 'Łukasz',
    lastName: 'Wójcik',
    phone: '+48 603 518 274',
    email: 'lukasz.wojcik@example.com',
    consent: true,
    cars: [
      car('PO 5KX21', 'Opel', 'Astra', 2017, '1.4 Turbo', 'petrol', 98_500, 'W0LBD6EA', 'G'),
      car('PO 3E918', 'Opel', 'Astra', 2006, '1.6 Twinport', 'petrol', 267_000, 'W0L0AHL4', '6'),
    ],
  },
  {
    firstName: 'Zofia',
    lastName: 'Kamińska',
    phone: '+48 698 204 113',
    email: 'zofia.kaminska@example.com',
    consent: true,
    nationalId: '92110312845',
    cars: [
      car('WA 61427', 'Toyota', 'Yaris', 2021, '1.5 Hybrid', 'hybrid', 31_200, 'VNKKJ3D3', 'A'),
      car('WA 7M204', 'Volkswagen', 'Tiguan', 2020, '2.0 TDI 4Motion', 'diesel', 88_000, 'WVGZZZ5N', 'W'),
    ],
  },
  {
    firstName: 'Søren',
    lastName: 'Jørgensen',
    phone: '+45 31 47 82 05',
    email: 'soren.jorgensen@example.com',
    consent: true,
    cars: [car('CX 45 120', 'Tesla', 'Model 3', 2021, 'Long Range AWD', 'electric', 58_900, '5YJ3E7EB', 'F')],
  },
  {
    firstName: 'Małgorzata',
    lastName: 'Wiśniewska',
    phone: '+48 501 772 930',
    email: 'malgorzata.wisniewska@example.com',
    consent: true,
    cars: [
      car('WE 7R214', 'Hyundai', 'Tucson', 2021, '1.6 T-GDI', 'petrol', 42_000, 'TMAJ3815', 'U'),
      car('WE 2C843', 'Fiat', '500', 2015, '1.2 8V', 'petrol', 104_000, 'ZFA31200', 'T'),
    ],
  },
  {
    firstName: 'Piotr',
    lastName: 'Zieliński',
    phone: '+48 604 119 287',
    cars: [
      car('WI 48315', 'BMW', '320d', 2015, '2.0 diesel (B47)', 'diesel', 212_000, 'WBA8E310', 'K'),
      car('WI 95172', 'Toyota', 'Avensis', 2010, '2.0 D-4D', 'diesel', 298_000, 'SB1BR56L', '0'),
    ],
  },
  {
    firstName: 'Agnieszka',
    lastName: 'Dąbrowska',
    phone: '+48 692 845 016',
    email: 'agnieszka.dabrowska@example.com',
    cars: [car('GD 3L517', 'Kia', 'Ceed', 2019, '1.4 T-GDI', 'petrol', 67_800, 'U5YH5511', 'L')],
  },
  {
    firstName: 'Krzysztof',
    lastName: 'Lewandowski',
    phone: '+48 602 317 455',
    email: 'krzysztof.lewandowski@example.com',
    consent: true,
    notes: 'Firma budowlana, trzy auta. Faktury na firmę, płaci przelewem.',
    cars: [
      car('WB 1274H', 'Ford', 'Transit Custom', 2020, '2.0 EcoBlue', 'diesel', 156_000, 'WF0YXXTT', 'K'),
      car('WB 86420', 'Volkswagen', 'Caddy', 2016, '2.0 TDI', 'diesel', 231_000, 'WV2ZZZ2K', 'X'),
      car('WB 5M391', 'Ford', 'Focus', 2016, '1.5 EcoBoost', 'petrol', 119_000, 'WF0FXXGC', 'L'),
    ],
  },
  {
    firstName: 'Katarzyna',
    lastName: 'Woźniak',
    phone: '+48 510 663 192',
    email: 'katarzyna.wozniak@example.org',
    consent: true,
    cars: [car('KR 2F745', 'Škoda', 'Fabia', 2018, '1.0 MPI', 'petrol', 54_300, 'TMBEP6NJ', 'P')],
  },
  {
    firstName: 'Tomasz',
    lastName: 'Kaczmarek',
    phone: '+48 601 908 334',
    email: 'tomasz.kaczmarek@example.com',
    consent: true,
    nationalId: '78052103477',
    cars: [
      car('PO 81263', 'Audi', 'A4', 2017, '2.0 TDI', 'diesel', 178_400, 'WAUZZZF4', 'N'),
      car('PO 4CV77', 'Audi', 'A3', 2020, '1.5 TFSI', 'petrol', 41_000, 'WAUZZZGY', 'A'),
    ],
  },
  {
    firstName: 'Grzegorz',
    lastName: 'Mazur',
    phone: '+48 697 420 581',
    cars: [car('LU 6T281', 'Dacia', 'Duster', 2019, '1.6 SCe LPG', 'lpg', 121_000, 'UU1HSDAG', 'P')],
  },
  {
    firstName: 'Joanna',
    lastName: 'Krawczyk',
    phone: '+48 609 251 774',
    email: 'joanna.krawczyk@example.com',
    consent: true,
    cars: [
      car('EL 4W932', 'Peugeot', '308', 2018, '1.2 PureTech', 'petrol', 73_900, 'VF3LBHNY', 'S'),
      car('EL 6P043', 'Fiat', 'Tipo', 2018, '1.4 16V', 'petrol', 92_000, 'ZFA35600', 'B'),
    ],
  },
  {
    firstName: 'Paweł',
    lastName: 'Piotrowski',
    phone: '+48 605 733 218',
    email: 'pawel.piotrowski@example.com',
    cars: [
      car('WA 9H640', 'Mercedes-Benz', 'C 220 d', 2016, '2.1 CDI', 'diesel', 189_000, 'WDD20500', '1'),
      car('WA 25817', 'Mercedes-Benz', 'Sprinter 316 CDI', 2018, '2.1 CDI', 'diesel', 264_000, 'WDB90663', 'S'),
    ],
  },
  {
    firstName: 'Magdalena',
    lastName: 'Grabowska',
    phone: '+48 694 102 863',
    email: 'magdalena.grabowska@example.com',
    consent: true,
    cars: [
      car('WX 3527C', 'Renault', 'Clio', 2017, '0.9 TCe', 'petrol', 88_600, 'VF1RH000', 'B'),
      car('WX 6F518', 'Hyundai', 'i30', 2018, '1.4 MPi', 'petrol', 77_000, 'TMADB81C', 'Z'),
    ],
  },
  {
    firstName: 'Michał',
    lastName: 'Pawłowski',
    phone: '+48 607 588 412',
    email: 'michal.pawlowski@example.com',
    consent: true,
    cars: [car('DW 7K403', 'BMW', 'X3', 2019, 'xDrive20d', 'diesel', 96_000, '5UXTR9C5', 'L')],
  },
  {
    firstName: 'Ewa',
    lastName: 'Michalska',
    phone: '+48 516 940 327',
    cars: [car('WI 1E582', 'Citroën', 'C4 Picasso', 2014, '1.6 HDi', 'diesel', 201_000, 'VF73D9HR', 'J')],
  },
  {
    firstName: 'Wojciech',
    lastName: 'Król',
    phone: '+48 608 371 920',
    email: 'wojciech.krol@example.com',
    cars: [
      car('WN 47352', 'Toyota', 'Hilux', 2018, '2.4 D-4D', 'diesel', 143_000, 'AHTKB3CD', '0'),
      car('WN 2J518', 'Renault', 'Master', 2019, '2.3 dCi', 'diesel', 211_000, 'VF1MA000', 'B'),
    ],
  },
  {
    firstName: 'Anna',
    lastName: 'Jabłońska',
    phone: '+48 691 226 540',
    email: 'anna.jablonska@example.com',
    consent: true,
    cars: [car('WA 812CX', 'Kia', 'Sportage', 2020, '1.6 CRDi', 'diesel', 81_000, 'U5YPH814', 'L')],
  },
  {
    firstName: 'Marcin',
    lastName: 'Wróbel',
    phone: '+48 503 617 288',
    email: 'marcin.wrobel@example.com',
    cars: [
      car('KR 3N594', 'SEAT', 'Leon', 2020, '1.5 TSI', 'petrol', 45_700, 'VSSZZZKL', 'R'),
      car('KR 60318', 'Volvo', 'V70', 2008, '2.4 D5', 'diesel', 312_000, 'YV1SW714', '2'),
    ],
  },
  {
    firstName: 'Beata',
    lastName: 'Nowakowska',
    phone: '+48 699 145 702',
    email: 'beata.nowakowska@example.org',
    consent: true,
    cars: [car('WE 258PT', 'Nissan', 'Qashqai', 2020, '1.3 DIG-T', 'petrol', 39_500, 'SJNFAAJ1', 'U')],
  },
  {
    firstName: 'Jarosław',
    lastName: 'Majewski',
    phone: '+48 600 482 119',
    email: 'jaroslaw.majewski@example.com',
    nationalId: '65021405133',
    cars: [
      car('PO 7Y285', 'Volkswagen', 'Passat', 2017, '2.0 TDI', 'diesel', 245_000, 'WVWZZZ3C', 'E'),
      car('PO 60937', 'Volkswagen', 'Passat', 2009, '2.0 TDI', 'diesel', 334_000, 'WVWZZZ3C', 'E'),
    ],
  },
  {
    firstName: 'Dorota',
    lastName: 'Olszewska',
    phone: '+48 514 390 651',
    cars: [car('GD 47126', 'Opel', 'Corsa', 2016, '1.2 LPG', 'lpg', 132_000, 'W0LGM6EN', 'G')],
  },
  {
    firstName: 'Rafał',
    lastName: 'Stępień',
    phone: '+48 606 274 839',
    email: 'rafal.stepien@example.com',
    cars: [
      car('WU 6H842', 'Audi', 'A6', 2007, '2.7 TDI', 'diesel', 356_000, 'WAUZZZ4F', 'N'),
      car('WU 40318', 'Honda', 'CR-V', 2013, '2.0 i-VTEC LPG', 'lpg', 219_000, 'SHSRE585', 'U'),
    ],
  },
  {
    firstName: 'Barbara',
    lastName: 'Jaworska',
    phone: '+48 693 817 204',
    email: 'barbara.jaworska@example.com',
    consent: true,
    cars: [
      car('WY 3T157', 'Honda', 'Civic', 2018, '1.0 VTEC Turbo', 'petrol', 62_400, 'SHHFK765', 'U'),
      car('WY 8K205', 'Renault', 'Mégane', 2012, '1.5 dCi', 'diesel', 236_000, 'VF1BZ0B0', 'P'),
    ],
  },
  {
    firstName: 'Andrzej',
    lastName: 'Górski',
    phone: '+48 602 955 470',
    email: 'andrzej.gorski@example.com',
    cars: [
      car('EL 58203', 'Ford', 'Mondeo', 2011, '2.0 TDCi', 'diesel', 287_000, 'WF0EXXGB', 'B'),
      car('EL 1K726', 'Škoda', 'Superb', 2019, '2.0 TDI', 'diesel', 134_000, 'TMBJJ7NP', 'P'),
    ],
  },
  {
    firstName: 'Mette',
    lastName: 'Nielsen',
    phone: '+45 22 84 19 63',
    email: 'mette.nielsen@example.com',
    consent: true,
    cars: [car('BK 91 733', 'Volkswagen', 'Polo', 2019, '1.0 TSI', 'petrol', 48_200, 'WVWZZZAW', 'Y')],
  },
  {
    firstName: 'Lars',
    lastName: 'Hansen',
    phone: '+45 40 57 31 88',
    email: 'lars.hansen@example.com',
    consent: true,
    cars: [
      car('DN 38 264', 'Peugeot', '3008', 2017, '1.6 BlueHDi', 'diesel', 152_000, 'VF3M4BHY', 'S'),
      car('DN 71 905', 'Volvo', 'V60', 2021, 'T6 Recharge', 'plug_in_hybrid', 36_000, 'YV1ZWA8U', '1'),
    ],
  },
  {
    firstName: 'Anne',
    lastName: 'Pedersen',
    phone: '+45 26 93 40 17',
    email: 'anne.pedersen@example.com',
    cars: [
      car('EH 12 998', 'Toyota', 'RAV4', 2022, '2.5 Hybrid AWD-i', 'hybrid', 28_400, 'JTMW43FV', 'D'),
      car('EH 47 203', 'Peugeot', '208', 2020, '1.2 PureTech', 'petrol', 35_600, 'VR3UPHNS', 'T'),
    ],
  },
  {
    firstName: 'Jens',
    lastName: 'Andersen',
    phone: '+45 51 28 64 30',
    email: 'jens.andersen@example.com',
    consent: true,
    cars: [car('AF 23 418', 'Volkswagen', 'Transporter', 2017, '2.0 TDI', 'diesel', 198_000, 'WV1ZZZ7H', 'H')],
  },
  {
    firstName: 'Kirsten',
    lastName: 'Christensen',
    phone: '+45 29 75 03 46',
    cars: [car('CU 64 512', 'Kia', 'Niro', 2020, '1.6 GDI HEV', 'hybrid', 57_000, 'KNACC81C', '5')],
  },
  {
    firstName: 'Niels',
    lastName: 'Larsen',
    phone: '+45 60 14 92 73',
    email: 'niels.larsen@example.com',
    consent: true,
    cars: [car('BX 57 301', 'Škoda', 'Enyaq iV 80', 2022, '82 kWh', 'electric', 22_800, 'TMBJC7NY', 'P')],
  },
  {
    firstName: 'Hanne',
    lastName: 'Sørensen',
    phone: '+45 28 36 71 59',
    email: 'hanne.sorensen@example.org',
    cars: [car('AZ 88 146', 'Mazda', 'CX-5', 2019, '2.0 Skyactiv-G', 'petrol', 74_900, 'JMZKF6W1', '0')],
  },
  {
    firstName: 'Rasmus',
    lastName: 'Rasmussen',
    phone: '+45 42 90 57 14',
    cars: [car('DL 29 673', 'Ford', 'Fiesta', 2018, '1.0 EcoBoost', 'petrol', 69_000, 'WF0DXXGA', 'K')],
  },
  {
    firstName: 'Freja',
    lastName: 'Møller',
    phone: '+45 53 61 28 40',
    email: 'freja.moller@example.com',
    consent: true,
    cars: [car('CZ 40 287', 'Nissan', 'Leaf', 2019, '40 kWh', 'electric', 51_300, 'SJNFAAZE', 'U')],
  },
  {
    firstName: 'Bjørn',
    lastName: 'Madsen',
    phone: '+45 24 17 86 92',
    email: 'bjorn.madsen@example.com',
    cars: [
      car('AP 76 054', 'Volvo', 'XC60', 2018, 'D4 AWD', 'diesel', 166_000, 'YV1UZA8V', '2'),
      car('AP 19 340', 'Opel', 'Insignia', 2018, '2.0 CDTI', 'diesel', 143_000, 'W0VZT6EE', 'R'),
    ],
  },
  {
    firstName: 'Ida',
    lastName: 'Østergaard',
    phone: '+45 30 82 45 61',
    email: 'ida.ostergaard@example.com',
    consent: true,
    cars: [car('EB 35 719', 'MINI', 'Cooper', 2017, '1.5', 'petrol', 71_200, 'WMWXR310', 'T')],
  },
];

/** Customers who find the workshop's page and book online themselves (a new client each). */
const ONLINE_BOOKERS = [
  {
    customer: {
      firstName: 'Oliwia',
      lastName: 'Szymańska',
      email: 'oliwia.szymanska@example.com',
      phone: '+48 698 112 457',
    },
    vehicle: {
      plate: 'WW 5N283',
      make: 'Toyota',
      model: 'Auris',
      vinMaker: 'SB1ME56E',
      vinPlant: '0',
      year: 2016,
      engine: '1.6 Valvematic',
      fuelType: 'petrol',
      mileageKm: 118_000,
    },
    service: 'oil',
  },
  {
    customer: { firstName: 'Mikkel', lastName: 'Holm', email: 'mikkel.holm@example.com', phone: '+45 42 17 65 09' },
    vehicle: {
      plate: 'CV 17 402',
      make: 'Škoda',
      model: 'Octavia',
      vinMaker: 'TMBAG7NE',
      vinPlant: 'P',
      year: 2017,
      engine: '1.4 TSI',
      fuelType: 'petrol',
      mileageKm: 96_000,
    },
    service: 'tyres',
  },
];

/** Serials differ per car, so no two demo VINs collide; deterministic, so a rerun builds the same. */
function vinOf(vehicle, index) {
  return buildVin(vehicle.vinMaker, vehicle.year, vehicle.vinPlant, (104_729 + index * 7_919) % 1_000_000);
}

module.exports = { CUSTOMERS, ONLINE_BOOKERS, vinOf };
